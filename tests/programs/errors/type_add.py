# adding an int and a str
count = 3
print("count: " + str(count))
print(count + " items")
