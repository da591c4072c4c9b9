for f in [lambda: "{".format(1), lambda: "}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{} {0}".format(1, 2), lambda: "{1}".format(1), lambda: "{x}".format(y=1), lambda: "{!z}".format(1), lambda: "{0[5]}".format([1])]:
    try:
        print(f())
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__)
