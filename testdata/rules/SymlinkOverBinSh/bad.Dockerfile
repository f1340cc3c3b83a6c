FROM debian:12
# expect: SymlinkOverBinSh:23 as DL4005 "`ln` replaces /bin/sh with a link to /bin/bash"
RUN ln -sfv /bin/bash /bin/sh
# expect: SymlinkOverBinSh:17 "/usr/bin/sh"
RUN ln -sf bash /usr/bin/sh
