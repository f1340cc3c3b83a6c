FROM scratch AS b
# expect: DuplicateStageName:17 "stage names should be unique: stage"
FROM scratch AS b
# names are compared in lower case, as BuildKit stores them
FROM alpine:3.20 AS Build
# expect: DuplicateStageName:21 "Duplicate stage name"
FROM alpine:3.20 AS build
# expect: DuplicateStageName:21 "already defined at line 5"
FROM alpine:3.20 AS BUILD
