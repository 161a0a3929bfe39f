"""Small ray tracer: Vector/Ray/Sphere/Plane classes, operator overloading, float math, recursion."""
import harness
import math

EPSILON = 1e-5


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Colour:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Colour(self.r + other.r, self.g + other.g, self.b + other.b)

    def scale(self, k):
        return Colour(self.r * k, self.g * k, self.b * k)

    def tint(self, other):
        return Colour(self.r * other.r, self.g * other.g, self.b * other.b)


BLACK = Colour(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Shape:
    def __init__(self, colour, reflectivity):
        self.colour = colour
        self.reflectivity = reflectivity

    def colour_at(self, point):
        return self.colour


class Sphere(Shape):
    def __init__(self, centre, radius, colour, reflectivity=0.0):
        super().__init__(colour, reflectivity)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane(Shape):
    def __init__(self, point, normal, colour, reflectivity=0.0, checker=None):
        super().__init__(colour, reflectivity)
        self.point = point
        self.normal = normal.normalized()
        self.checker = checker

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal

    def colour_at(self, point):
        if self.checker is None:
            return self.colour
        if (int(math.floor(point.x)) + int(math.floor(point.z))) % 2 == 0:
            return self.colour
        return self.checker


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = Colour(0.1, 0.1, 0.1)
        self.rays_cast = 0

    def add(self, shape):
        self.shapes.append(shape)
        return self

    def nearest(self, ray):
        self.rays_cast += 1
        best_t = None
        best_shape = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_shape = shape
        return best_t, best_shape

    def trace(self, ray, depth):
        t, shape = self.nearest(ray)
        if shape is None:
            return Colour(0.2, 0.3, 0.5).scale(0.5 + 0.5 * ray.direction.y)
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        base = shape.colour_at(point)
        result = base.tint(self.ambient)
        for light in self.lights:
            to_light = light.position - point
            distance = to_light.magnitude()
            to_light = to_light * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0:
                continue
            shadow_t, blocker = self.nearest(Ray(point, to_light))
            if blocker is not None and shadow_t < distance:
                continue
            result = result + base.tint(light.colour).scale(lambert)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                spec2 = spec * spec
                spec4 = spec2 * spec2
                spec16 = spec4 * spec4 * spec4 * spec4
                result = result + light.colour.scale(spec16 * 0.5)
        if shape.reflectivity > 0.0 and depth > 0:
            reflected = ray.direction.reflect_through(normal)
            bounce = self.trace(Ray(point, reflected), depth - 1)
            result = result.scale(1.0 - shape.reflectivity) + bounce.scale(shape.reflectivity)
        return result


class Camera:
    def __init__(self, eye, look_at, up, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)

    def ray_for(self, px, py):
        sx = (px + 0.5) / self.width * 2.0 - 1.0
        sy = 1.0 - (py + 0.5) / self.height * 2.0
        aspect = self.width / self.height
        direction = self.forward + self.right * (sx * aspect * 0.6) + self.up * (sy * 0.6)
        return Ray(self.eye, direction)


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def build_scene():
    scene = Scene()
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), Colour(0.9, 0.9, 0.9), 0.2,
                    checker=Colour(0.2, 0.2, 0.2)))
    scene.add(Sphere(Vector(0.0, 1.0, 0.0), 1.0, Colour(0.9, 0.2, 0.2), 0.4))
    scene.add(Sphere(Vector(-2.2, 0.7, 1.0), 0.7, Colour(0.2, 0.9, 0.3), 0.1))
    scene.add(Sphere(Vector(2.0, 0.5, 0.8), 0.5, Colour(0.2, 0.3, 0.9), 0.6))
    scene.add(Sphere(Vector(0.8, 0.3, 2.2), 0.3, Colour(0.9, 0.8, 0.1)))
    scene.lights.append(Light(Vector(-4.0, 6.0, 5.0), Colour(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vector(5.0, 4.0, 3.0), Colour(0.3, 0.3, 0.4)))
    return scene


def bench(size):
    scene = build_scene()
    camera = Camera(Vector(0.0, 2.0, 7.0), Vector(0.0, 0.8, 0.0), Vector(0.0, 1.0, 0.0), size, size)
    checksum = 0
    histogram = [0] * 8
    for py in range(size):
        for px in range(size):
            c = scene.trace(camera.ray_for(px, py), 3)
            r, g, b = to_byte(c.r), to_byte(c.g), to_byte(c.b)
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 1000000007
            histogram[(r + g + b) * 8 // 766] += 1
    return "%d %d %s" % (checksum, scene.rays_cast, histogram)


harness.main(bench, 180)
