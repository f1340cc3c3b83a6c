FROM opensuse/leap:15.6
# expect: ZypperDistUpgrade:5 as DL3035 "`zypper dist-upgrade` upgrades the image"
RUN zypper dist-upgrade
# expect: ZypperDistUpgrade:5 as DL3035
RUN zypper dup -y
# expect: ZypperDistUpgrade:5
RUN zypper -n dist-upgrade --no-recommends
