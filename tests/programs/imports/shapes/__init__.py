print("shapes init:", __name__)
KIND = "shapes"
