print("modules package loaded")
