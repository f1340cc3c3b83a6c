# expect: ConsistentInstructionCasing:1 "Command 'FROM' should match the case of the command majority (lowercase): write from"
FROM scratch
copy Dockerfile /foo
copy Dockerfile /bar
copy Dockerfile /baz
