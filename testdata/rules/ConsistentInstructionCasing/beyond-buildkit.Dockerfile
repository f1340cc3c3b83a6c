# BuildKit skips the ARGs before the first FROM and ONBUILD triggers; dlint checks them against the majority
# expect: ConsistentInstructionCasing:1 "'arg'"
arg VERSION=3.20
FROM alpine:${VERSION}
# expect: ConsistentInstructionCasing:9 "'run'"
ONBUILD run echo triggered
RUN echo built
