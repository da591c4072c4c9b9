# wordfreq: build a deterministic text of n words (pseudo-random choices
# from a vocabulary, with capitals and punctuation), then split it into
# lines and words, normalise them, count them in a dict and print the most
# frequent words, a few statistics and the longest-line length.
import sys

VOCAB = """the of and to in is was that for it with as his on be at by had are but from
or have an they which one you were her all she there would their we him been has when who
will more no if out so said what up its about into than them can only other new some could
time these two may then do first any my now such like our over man me even most made after
also did many before must through back years where much your way well down should because
each just those people how too little state good very make world still own see men work long
get here between both life being under never day same another know while last might us great
old year off come since against go came right used take three compiler python serpent krait
benchmark allocation dictionary string iterator generator closure exception""".split()

PUNCT = [",", ".", ";", "!", "?", ""]


def make_text(n):
    seed = 42
    words = []
    line = []
    lines = []
    for i in range(n):
        seed = (seed * 1664525 + 1013904223) % 4294967296
        w = VOCAB[(seed >> 8) % len(VOCAB)]
        if (seed >> 4) % 7 == 0:
            w = w[0].upper() + w[1:]
        elif (seed >> 4) % 29 == 0:
            w = w.upper()
        w += PUNCT[(seed >> 16) % 24 % 6] if (seed >> 12) % 5 == 0 else ""
        line.append(w)
        if len(line) >= 8 + (seed >> 20) % 8:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    longest = 0
    for line in text.split("\n"):
        if len(line) > longest:
            longest = len(line)
        for word in line.split():
            word = word.strip(",.;!?").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts, longest


def main(n):
    text = make_text(n)
    counts, longest = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print("words:", sum(counts.values()), "distinct:", len(counts), "longest line:", longest)
    for word, count in ranked[:10]:
        print("%-12s %d" % (word, count))
    by_length = {}
    for word in counts:
        by_length.setdefault(len(word), []).append(word)
    print("lengths:", " ".join("%d:%d" % (k, len(v)) for k, v in sorted(by_length.items())))
    initials = set(w[0] for w in counts)
    print("initials:", "".join(sorted(initials)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000)
