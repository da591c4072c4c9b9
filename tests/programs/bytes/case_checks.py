# bytes case and class predicates are ASCII-only
print(b'ABC'.isupper(), b'AbC'.isupper(), b'A1!'.isupper(), b'123'.isupper(), b''.isupper())
print(b'abc'.islower(), b'aBc'.islower(), b'a1!'.islower(), b'123'.islower(), b''.islower())
print(b'\xc3\x89'.isupper(), b'abc'.isalpha(), b'ab1'.isalpha(), b'12'.isdigit(), b' \t'.isspace())
print(b'MiXed'.upper(), b'MiXed'.lower())
