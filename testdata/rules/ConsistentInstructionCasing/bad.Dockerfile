FROM alpine:3.20
# expect: ConsistentInstructionCasing:1 "Command 'copy' should match the case of the command majority (uppercase): write COPY"
copy Dockerfile /foo
COPY Dockerfile /bar
# expect: ConsistentInstructionCasing:1 "Command 'Run' should match the case of the command majority (uppercase)"
Run echo hello
# expect: ConsistentInstructionCasing:1 "'EntRYpOiNT'"
EntRYpOiNT ["cat", "/greeting.txt"]
