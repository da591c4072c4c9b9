//===- runtime/strbuf.cpp - a printer that builds a str --------------------===//
//
// Part of the krait runtime. The buffer is an atomic gc block reachable from
// the kr_strbuf (on the C stack, which the collector scans).
//
//===----------------------------------------------------------------------===//
#include "str.h"

#include <string.h>

static void strbuf_write(void *ctx, const char *bytes, size_t n) {
    kr_strbuf *buf = (kr_strbuf *)ctx;
    if (buf->failed || n == 0) return;
    if (buf->len + n > buf->cap) {
        size_t cap = buf->cap ? buf->cap * 2 : 32;
        while (cap < buf->len + n)
            cap *= 2;
        char *data =
            buf->data ? (char *)kr_gc_realloc(buf->data, cap) : (char *)kr_gc_alloc_atomic(cap);
        if (!data) {
            buf->failed = true;
            return;
        }
        buf->data = data;
        buf->cap = cap;
    }
    memcpy(buf->data + buf->len, bytes, n);
    buf->len += n;
}

void kr_strbuf_init(kr_strbuf *buf) {
    buf->printer.write = strbuf_write;
    buf->printer.ctx = buf;
    buf->data = nullptr;
    buf->len = buf->cap = 0;
    buf->failed = false;
}

kr_value kr_strbuf_to_str(kr_strbuf *buf) {
    if (buf->failed) return 0;
    return kr_str_new(buf->data, buf->len);
}
