# raytrace: a small recursive ray tracer (spheres and a checkered plane, two
# point lights, diffuse and specular shading, shadows and reflections) over
# vector objects. Renders a size x size image and prints a checksum of the
# 8-bit pixel colours.
import sys


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def blend(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)
EPSILON = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, diffuse, specular, reflect):
        super().__init__(color, diffuse, specular, reflect)
        self.other = other

    def color_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2:
            return self.other
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best = obj
                best_t = t
        return best, best_t

    def shadowed(self, point, light):
        to_light = light - point
        distance = to_light.length()
        obj, t = self.nearest(Ray(point, to_light))
        return obj is not None and t < distance

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.2, 0.3, 0.5)
        point = ray.at(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.color_at(point)
        color = base * 0.1
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base * (mat.diffuse * lambert)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0.0:
                    color = color + Vec(1.0, 1.0, 1.0) * (mat.specular * spec ** 32)
        if depth > 0 and mat.reflect > 0.0:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            color = color + self.trace(Ray(point, reflected), depth - 1) * mat.reflect
        return color


def build_scene():
    scene = Scene()
    shiny = Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 0.3)
    matte = Material(Vec(0.2, 0.8, 0.3), 0.9, 0.1, 0.0)
    mirror = Material(Vec(0.9, 0.9, 0.9), 0.2, 0.8, 0.7)
    floor = Checker(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), 0.8, 0.2, 0.2)
    scene.objects.append(Sphere(Vec(0.0, 1.0, 5.0), 1.0, shiny))
    scene.objects.append(Sphere(Vec(-2.2, 0.7, 6.0), 0.7, matte))
    scene.objects.append(Sphere(Vec(2.0, 1.5, 7.0), 1.5, mirror))
    scene.objects.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor))
    scene.lights.append(Vec(-5.0, 8.0, -2.0))
    scene.lights.append(Vec(6.0, 5.0, 1.0))
    return scene


def to_byte(c):
    if c >= 1.0:
        return 255
    if c <= 0.0:
        return 0
    return int(c * 255.0)


def render(size):
    scene = build_scene()
    eye = Vec(0.0, 1.5, -3.0)
    checksum = 0
    histogram = [0] * 4
    for py in range(size):
        for px in range(size):
            x = (px + 0.5) / size * 2.0 - 1.0
            y = 1.0 - (py + 0.5) / size * 2.0
            ray = Ray(eye, Vec(x, y - 0.6, 3.0))
            c = scene.trace(ray, 3)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            checksum = (checksum * 33 + r * 65536 + g * 256 + b) % 4294967291
            histogram[(r + g + b) // 192] += 1
    return checksum, histogram


size = int(sys.argv[1]) if len(sys.argv) > 1 else 180
checksum, histogram = render(size)
print("checksum:", checksum)
print("brightness histogram:", histogram)
