# __name__ is "__main__" for the program and the dotted name otherwise.
import guard_mod
import shapes.solid.cube


def main():
    print("main() runs; __name__ =", __name__)
    print(guard_mod.__name__, shapes.solid.cube.__name__)


if __name__ == "__main__":
    main()
