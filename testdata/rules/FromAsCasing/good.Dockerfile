FROM debian:12 AS deb-builder
from debian:12 as deb-runner
# a mixed-case FROM is ConsistentInstructionCasing's business, not this rule's
From debian:12 as mixed
FROM debian:12
