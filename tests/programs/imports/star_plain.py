PUBLIC = "public"
_private = "private"


def helper():
    return "helper"
