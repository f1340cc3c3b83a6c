# check=skip=JSONArgsRecommended
# dlint-test: enable InlineSuppression
# expect: InlineSuppression@-3:1 "The directive # check=skip=JSONArgsRecommended skips checks for the whole file"
FROM alpine:3.20
# expect: InlineSuppression@-1:1 "The comment # hadolint ignore=DL3003 suppresses findings inline"
# hadolint ignore=DL3003
RUN cd /tmp && ls
# expect: InlineSuppression@-1 "# dlint ignore=UnpinnedBaseImage -- base image pinned by the platform team"
# dlint ignore=UnpinnedBaseImage -- base image pinned by the platform team
FROM node
# expect: InlineSuppression@-1 "hadolint global ignore"
# hadolint global ignore=DL3008
RUN true
# BuildKit's per-instruction check= comment
# expect: InlineSuppression@-1 "# check=skip=JSONArgsRecommended suppresses"
# check=skip=JSONArgsRecommended
CMD echo hello
