# a # check=experimental= comment turns the check on for its instruction only
FROM scratch AS base
# expect: InvalidDefinitionDescription@-2 "Comment for ARG"
#
# not a description
# check=experimental=InvalidDefinitionDescription
ARG VERSION=1
# not a description
ARG OTHER=2
