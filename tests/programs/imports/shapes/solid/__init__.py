print("solid init:", __name__)
