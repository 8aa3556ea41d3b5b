# Run by `cmake --install` (install(SCRIPT)), with CMAKE_INSTALL_PREFIX the prefix installed into:
# writes the native messaging host manifests of net.ferrydm.ferry, each naming the installed host
# and allowing exactly Ferry's extension, where the browsers read them under that prefix:
#   <etc>/chromium/native-messaging-hosts/       Chromium (Debian's reads /etc/chromium/…)
#   <etc>/opt/chrome/native-messaging-hosts/     Google Chrome
#   <prefix>/lib/mozilla/native-messaging-hosts/ Firefox
# <etc> is /etc for the /usr prefix (the .deb) and <prefix>/etc otherwise.
# Expects FERRY_HOST_NAME, FERRY_HOST_BINDIR, FERRY_CHROMIUM_ID, FERRY_GECKO_ID and
# FERRY_MANIFEST_STAGING, set by the install(CODE) before it.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(etc "/etc")
else()
    set(etc "${CMAKE_INSTALL_PREFIX}/etc")
endif()
set(host "${CMAKE_INSTALL_PREFIX}/${FERRY_HOST_BINDIR}/ferry-browser-host")
set(description "Ferry download manager: hands browser downloads to Ferry")

set(chromium "{\n  \"name\": \"${FERRY_HOST_NAME}\",\n  \"description\": \"${description}\",\n  \"path\": \"${host}\",\n  \"type\": \"stdio\",\n  \"allowed_origins\": [\"chrome-extension://${FERRY_CHROMIUM_ID}/\"]\n}\n")
set(firefox "{\n  \"name\": \"${FERRY_HOST_NAME}\",\n  \"description\": \"${description}\",\n  \"path\": \"${host}\",\n  \"type\": \"stdio\",\n  \"allowed_extensions\": [\"${FERRY_GECKO_ID}\"]\n}\n")
file(WRITE "${FERRY_MANIFEST_STAGING}/chromium/${FERRY_HOST_NAME}.json" "${chromium}")
file(WRITE "${FERRY_MANIFEST_STAGING}/firefox/${FERRY_HOST_NAME}.json" "${firefox}")

file(INSTALL DESTINATION "${etc}/chromium/native-messaging-hosts" TYPE FILE
    FILES "${FERRY_MANIFEST_STAGING}/chromium/${FERRY_HOST_NAME}.json")
file(INSTALL DESTINATION "${etc}/opt/chrome/native-messaging-hosts" TYPE FILE
    FILES "${FERRY_MANIFEST_STAGING}/chromium/${FERRY_HOST_NAME}.json")
file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/mozilla/native-messaging-hosts" TYPE FILE
    FILES "${FERRY_MANIFEST_STAGING}/firefox/${FERRY_HOST_NAME}.json")
