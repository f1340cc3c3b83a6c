FROM debian:12
# expect: DownloadPipedToShell:42 "`curl https://get.example.com` is run by sh as it arrives"
RUN curl -fsSL https://get.example.com | sh
# through sudo, with -s and arguments
# expect: DownloadPipedToShell:57 "is run by bash"
RUN wget -qO- https://get.example.com/install | sudo -E bash -s -- --yes
# expect: DownloadPipedToShell:54 "bash"
RUN curl -sL https://deb.nodesource.com/setup_20.x | bash -
# a download as the script string
# expect: DownloadPipedToShell:5 "`curl https://example.com/install.sh` is run by sh"
RUN sh -c "$(curl -fsSL https://example.com/install.sh)"
# on the next line of the RUN
# expect: DownloadPipedToShell@+1:46
RUN apt-get update \
 && wget -O - https://example.com/setup.sh | /bin/bash
