FROM alpine:3.20
ENV BLA="blubb" BLUBB="${FOOBLA}/blubb"
ENV BLA="blubb" BLUBB="${BLAFOO}/blubb"
ENV BLA="blubb" BLUBB="$BLAFOO/blubb"
ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"
ENV BLA="blubb"
ENV BLUBB="${BLA}/blubb"
ARG BLA
ENV BLA=${BLA}
ENV PATH=/bla:${PATH}
# a reference to a pair further right gets the old value, as read
ENV B=$A A=2
# not expanded: single quotes and escapes
ENV X=1 Y='$X' Z=\$X
