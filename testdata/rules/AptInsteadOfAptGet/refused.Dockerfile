FROM debian:12
# apt upgrade also installs new dependencies, apt-get upgrade does not
# expect: AptInsteadOfAptGet
RUN apt upgrade -y
# apt list and apt search have other output in apt-cache, or none
# expect: AptInsteadOfAptGet
RUN apt list --installed
# expect: AptInsteadOfAptGet
RUN /usr/bin/apt search curl
