"""Ranking weights of the resolver: how much each kind of evidence adds to a candidate's score."""

W_REGION = 4.0
W_DISTRICT = 3.0
W_ANCHOR = 2.5
ANCHOR_KM = 35.0
W_BORDER = 3.0
BORDER_KM = 25.0
W_HINT = 2.0
W_POINT = 6.0  # per qualifier known by a point: the nearest namesake to an old raion's point wins
W_FUZZY = 2.0  # a typo-tolerant match scores lower than an exact one
W_CTX_AREA = 6.0
