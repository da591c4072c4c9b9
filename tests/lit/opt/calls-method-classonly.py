# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# A method load of a name the program never stores on an instance (no
# `x.name = ...`, `del x.name`, setattr(), vars(), __dict__, eval/exec, no
# __getattr__/__setattr__ hooks) reads the site cache's class part inline:
# in the current class epoch, a way holding the object's type gives the
# function, called with the object first; a miss calls kr_load_class_method,
# which does not look in the instance dict either. `tag` is stored on an
# instance below, so its load keeps kr_load_method.

# CHECK-LABEL: define internal {{.*}}@py.areas(
# CHECK: mload.obj:
# CHECK: %mload.type = load i64
# CHECK: %mload.epoch = load i64, ptr getelementptr inbounds (i8, ptr @attr.cache.area, i64 16)
# CHECK: %class.epoch = load i64, ptr @kr_class_epoch
# CHECK: icmp eq i64 %{{[0-9]+}}, %mload.type
# CHECK: mload.slow:
# CHECK: call i64 @kr_load_class_method({{.*}}@attr.cache.area
# CHECK: mload.done:
# CHECK-NOT: @kr_load_method(
# CHECK: {{^}}}

# CHECK-LABEL: define internal {{.*}}@py.tags(
# CHECK: call i64 @kr_load_method({{.*}}@attr.cache.tag
# CHECK: {{^}}}
class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w

    def tag(self):
        return "shape"


def areas(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t


def tags(shapes):
    return [s.tag() for s in shapes]


s = Shape(3)
print(areas([s, Shape(2)]), tags([s]))
s.tag = lambda: "mine"
print(tags([s]))
