# one lower, one upper: a tie counts as upper case
# expect: ConsistentInstructionCasing:1 "(uppercase)"
from scratch
COPY Dockerfile /foo
