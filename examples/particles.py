# A small simulation to run on the modelled tile machine:
#   ./tessera --tilemachine --tilemachine.Report=report examples/particles.py
# Particles are objects (placed on tiles, collected when dropped); each step's forces are
# computed with tiles.map, which the model runs on many tiles at once.
import tiles


class Particle:
    def __init__(self, i):
        self.x = (i * 37 % 101) / 101.0
        self.v = 0.0
        self.history = []


def force(pair):
    p, others = pair
    f = 0.0
    for q in others:
        d = q.x - p.x
        if d != 0.0:
            f += d / (abs(d) + 0.01)
    return f


particles = [Particle(i) for i in range(48)]
for step in range(10):
    forces = tiles.map(force, [(p, particles) for p in particles])
    for p, f in zip(particles, forces):
        p.v = 0.9 * p.v + 0.001 * f
        p.x += p.v
        p.history.append(round(p.x, 6))
    if step % 3 == 0:
        print(step, round(sum(p.x for p in particles), 6))

spread = max(p.x for p in particles) - min(p.x for p in particles)
print("spread", round(spread, 6), "tiles", tiles.count() > 0)
