X = "part of nsdir"
