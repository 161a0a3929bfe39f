"""Mandelbrot set as a bitmap: float loops, bit packing into bytes, xor checksum (after AWFY Mandelbrot)."""
import harness


def mandelbrot(size):
    checksum = 0
    byte_acc = 0
    bit_num = 0
    inside_total = 0
    for y in range(size):
        ci = (2.0 * y / size) - 1.0
        for x in range(size):
            cr = (2.0 * x / size) - 1.5
            zr = 0.0
            zi = 0.0
            zrzr = 0.0
            zizi = 0.0
            escaped = False
            z = 0
            while z < 50:
                zi = 2.0 * zr * zi + ci
                zr = zrzr - zizi + cr
                zrzr = zr * zr
                zizi = zi * zi
                if zrzr + zizi > 4.0:
                    escaped = True
                    break
                z += 1
            byte_acc <<= 1
            if not escaped:
                byte_acc |= 1
                inside_total += 1
            bit_num += 1
            if bit_num == 8:
                checksum ^= byte_acc
                byte_acc = 0
                bit_num = 0
            elif x == size - 1:
                byte_acc <<= 8 - size % 8
                checksum ^= byte_acc
                byte_acc = 0
                bit_num = 0
    return checksum, inside_total


def bench(n):
    checksum, inside = mandelbrot(n)
    return "%d %d" % (checksum, inside)


harness.main(bench, 450)
