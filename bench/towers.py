"""Towers of Hanoi on linked piles of disk objects: recursion, attribute access, small methods (after AWFY Towers)."""
import harness


class Disk:
    __slots__ = ("size", "next")

    def __init__(self, size):
        self.size = size
        self.next = None


class Towers:
    def __init__(self):
        self.piles = [None, None, None]
        self.moves_done = 0

    def push_disk(self, disk, pile):
        top = self.piles[pile]
        if top is not None and disk.size >= top.size:
            raise ValueError("cannot put a big disk on a smaller one")
        disk.next = top
        self.piles[pile] = disk

    def pop_disk_from(self, pile):
        top = self.piles[pile]
        if top is None:
            raise ValueError("attempting to remove a disk from an empty pile")
        self.piles[pile] = top.next
        top.next = None
        return top

    def move_top_disk(self, source, dest):
        self.push_disk(self.pop_disk_from(source), dest)
        self.moves_done += 1

    def build_tower_at(self, pile, disks):
        for i in range(disks, -1, -1):
            self.push_disk(Disk(i), pile)

    def move_disks(self, disks, source, dest):
        if disks == 1:
            self.move_top_disk(source, dest)
        else:
            other = 3 - source - dest
            self.move_disks(disks - 1, source, other)
            self.move_top_disk(source, dest)
            self.move_disks(disks - 1, other, dest)


def run_once():
    towers = Towers()
    towers.build_tower_at(0, 13)
    towers.move_disks(13, 0, 1)
    sizes = []
    d = towers.piles[1]
    while d is not None:
        sizes.append(d.size)
        d = d.next
    if towers.moves_done != 8191 or sizes != list(range(13)) or towers.piles[0].size != 13:
        raise AssertionError("towers: wrong result")
    return towers.moves_done


def bench(n):
    total = 0
    for _ in range(n):
        total += run_once()
    return total


harness.main(bench, 300)
