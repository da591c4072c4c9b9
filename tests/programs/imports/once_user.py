import once_mod
once_mod.calls.append("once_user")
