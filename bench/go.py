"""Monte-Carlo tree search for Go on a 7x7 board: Square/Board/Node objects, flood fills, seeded random."""
import harness
import math
import random

EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI2 = 9  # komi of 4.5 points, doubled so that scores stay integers


def other(color):
    return 3 - color


class Square:
    __slots__ = ("pos", "color", "neighbours", "mark", "lib_mark")

    def __init__(self, pos):
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []
        self.mark = 0
        self.lib_mark = 0


class Board:
    def __init__(self, size):
        self.size = size
        self.squares = [Square(p) for p in range(size * size)]
        for sq in self.squares:
            row, col = divmod(sq.pos, size)
            for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                r, c = row + dr, col + dc
                if 0 <= r < size and 0 <= c < size:
                    sq.neighbours.append(self.squares[r * size + c])
        self.stamp = 0
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
        self.empties = list(range(len(self.squares)))
        self.empty_index = list(range(len(self.squares)))
        self.ko = PASS
        self.moves_played = 0
        self.captures = 0

    def _remove_empty(self, pos):
        i = self.empty_index[pos]
        last = self.empties.pop()
        if last != pos:
            self.empties[i] = last
            self.empty_index[last] = i

    def _add_empty(self, pos):
        self.empty_index[pos] = len(self.empties)
        self.empties.append(pos)

    def group(self, start):
        """Returns (stones, liberty count) of the group containing start."""
        self.stamp += 1
        stamp = self.stamp
        color = start.color
        stones = [start]
        start.mark = stamp
        liberties = 0
        i = 0
        while i < len(stones):
            for nb in stones[i].neighbours:
                if nb.color == color:
                    if nb.mark != stamp:
                        nb.mark = stamp
                        stones.append(nb)
                elif nb.color == EMPTY and nb.lib_mark != stamp:
                    nb.lib_mark = stamp
                    liberties += 1
            i += 1
        return stones, liberties

    def legal(self, pos, color):
        if pos == self.ko:
            return False
        sq = self.squares[pos]
        if sq.color != EMPTY:
            return False
        for nb in sq.neighbours:
            if nb.color == EMPTY:
                return True
        for nb in sq.neighbours:
            libs = self.group(nb)[1]
            if nb.color == color and libs > 1:
                return True
            if nb.color != color and libs == 1:
                return True
        return False

    def is_own_eye(self, pos, color):
        for nb in self.squares[pos].neighbours:
            if nb.color != color:
                return False
        return True

    def play(self, pos, color):
        self.moves_played += 1
        if pos == PASS:
            self.ko = PASS
            return
        sq = self.squares[pos]
        sq.color = color
        self._remove_empty(pos)
        captured = []
        for nb in sq.neighbours:
            if nb.color == other(color):
                stones, libs = self.group(nb)
                if libs == 0:
                    for s in stones:
                        s.color = EMPTY
                        self._add_empty(s.pos)
                        captured.append(s.pos)
        self.captures += len(captured)
        self.ko = PASS
        if len(captured) == 1:
            stones, libs = self.group(sq)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]

    def candidate_moves(self, color):
        return [p for p in sorted(self.empties) if self.legal(p, color) and not self.is_own_eye(p, color)]

    def random_move(self, color):
        n = len(self.empties)
        if n == 0:
            return PASS
        start = random.randrange(n)
        for k in range(n):
            pos = self.empties[(start + k) % n]
            if self.legal(pos, color) and not self.is_own_eye(pos, color):
                return pos
        return PASS

    def score2(self):
        """Twice (black area - white area) - komi, with area scoring."""
        black = white = 0
        for sq in self.squares:
            if sq.color == BLACK:
                black += 1
            elif sq.color == WHITE:
                white += 1
            else:
                owners = 0
                for nb in sq.neighbours:
                    owners |= nb.color
                if owners == BLACK:
                    black += 1
                elif owners == WHITE:
                    white += 1
        return 2 * (black - white) - KOMI2


class Node:
    def __init__(self, move, player):
        self.move = move
        self.player = player
        self.wins = 0
        self.visits = 0
        self.children = []
        self.untried = None

    def best_child(self):
        root = math.sqrt(self.visits)
        best = None
        best_score = -1.0
        for child in self.children:
            score = child.wins / child.visits + 1.4 * root / (1 + child.visits)
            if score > best_score:
                best_score = score
                best = child
        return best


def search(board, history, to_move, playouts, max_moves):
    root = Node(PASS, other(to_move))
    for _ in range(playouts):
        board.reset()
        for move, color in history:
            board.play(move, color)
        node = root
        color = to_move
        path = [root]
        while node.untried is not None and not node.untried and node.children:
            node = node.best_child()
            board.play(node.move, color)
            color = other(color)
            path.append(node)
        if node.untried is None:
            node.untried = board.candidate_moves(color)
            random.shuffle(node.untried)
        if node.untried:
            move = node.untried.pop()
            board.play(move, color)
            child = Node(move, color)
            node.children.append(child)
            color = other(color)
            path.append(child)
        passes = 0
        steps = 0
        while passes < 2 and steps < max_moves:
            move = board.random_move(color)
            passes = passes + 1 if move == PASS else 0
            board.play(move, color)
            color = other(color)
            steps += 1
        winner = BLACK if board.score2() > 0 else WHITE
        for n in path:
            n.visits += 1
            if n.player == winner:
                n.wins += 1
    best = None
    for child in root.children:
        if best is None or child.visits > best.visits:
            best = child
    return root, best


def bench(n):
    random.seed(1234)
    board = Board(7)
    history = []
    color = BLACK
    summary = []
    for _ in range(4):
        root, best = search(board, history, color, n, 120)
        move = best.move if best is not None else PASS
        summary.append("%d:%d/%d" % (move, best.wins, best.visits))
        history.append((move, color))
        color = other(color)
    return "%s moves=%d captures=%d" % (" ".join(summary), board.moves_played, board.captures)


harness.main(bench, 120)
