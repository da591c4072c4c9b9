for s in ["", "1.2.3", "e5", "1e", "1_", "_1", "0x10", "infi", ". 5", "1e5.5", "nan1", "--1", "1__0", "1e_5"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
