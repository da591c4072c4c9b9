/* A header with errors: bindgen reports each, positioned, and writes nothing. */
int good(int x);
int missing_semicolon(int x)
int after(void);
struct incomplete { int x; ;
