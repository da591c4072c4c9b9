# string comparisons are lexicographic by code point
print("a" == "a", "a" != "b", "a" < "b", "b" < "a")
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print("apple" > "Apple", "10" < "9", "abc" <= "abc", "abd" >= "abc")
print(max("pear", "apple", "zoo"), min("pear", "apple", "zoo"))
print("x" == 1, "1" == str(1))
