# Tic-tac-toe: winner detection and a full minimax search.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != '.' and b[a] == b[c] == b[d]:
            return b[a]
    return None
def show(b):
    for r in range(3):
        print(' '.join(b[r * 3:r * 3 + 3]))
nodes = [0]
memo = {}
def minimax(b, player):
    key = b + player
    if key in memo:
        return memo[key]
    nodes[0] += 1
    w = winner(b)
    if w == 'X':
        return 1
    if w == 'O':
        return -1
    if '.' not in b:
        return 0
    best = None
    for i in range(9):
        if b[i] == '.':
            nb = b[:i] + player + b[i + 1:]
            score = minimax(nb, 'O' if player == 'X' else 'X')
            if best is None or (player == 'X' and score > best) or (player == 'O' and score < best):
                best = score
    memo[key] = best
    return best
def best_move(b, player):
    moves = []
    for i in range(9):
        if b[i] == '.':
            nb = b[:i] + player + b[i + 1:]
            moves.append((minimax(nb, 'O' if player == 'X' else 'X'), i))
    if player == 'X':
        return max(moves, key=lambda m: (m[0], -m[1]))[1]
    return min(moves, key=lambda m: (m[0], m[1]))[1]
for board in ['XXX......', 'O..O..O..', 'X...X...X', '..O.O.O..', 'XOXOXOOXO', 'XOXXOOOXX', '.........']:
    print(board, winner(board))
print('value of empty board', minimax('.........', 'X'), 'positions', nodes[0])
board = '.........'
player = 'X'
while winner(board) is None and '.' in board:
    m = best_move(board, player)
    board = board[:m] + player + board[m + 1:]
    print(player, 'plays', m)
    player = 'O' if player == 'X' else 'X'
show(board)
print('result:', winner(board) or 'draw')
