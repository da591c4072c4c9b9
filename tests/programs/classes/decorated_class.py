registry = []


def register(cls):
    registry.append(cls.__name__)
    cls.tag = "registered"
    return cls


@register
class A:
    pass


@register
class B(A):
    pass


print(registry, A.tag, B().tag)
