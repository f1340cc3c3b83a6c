FROM scratch AS b1
FROM scratch AS b2
FROM scratch
FROM scratch
FROM b1
