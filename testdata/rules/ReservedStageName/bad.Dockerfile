# expect: ReservedStageName:17 "Stage name should not use the same name as reserved stage"
FROM scratch AS scratch
# expect: ReservedStageName:17 "context"
FROM scratch AS context
# expect: ReservedStageName:21 "scratch"
FROM alpine:3.20 AS Scratch
