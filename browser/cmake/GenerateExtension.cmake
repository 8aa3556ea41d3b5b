# cmake -DSOURCE=… -DDEST=… -DFLAVOUR=chromium|firefox -DVERSION=… -DKEY_FILE=… -DGECKO_ID=…
#       -DRSVG=… -DSVG=… -P GenerateExtension.cmake
#
# Makes one unpacked extension from the single source tree browser/extension/: copies the files,
# renders the PNG icons and writes the manifest with what differs between the browsers:
#   chromium  background.service_worker, the public `key` that fixes the extension id
#   firefox   background.scripts, browser_specific_settings.gecko.id
foreach(var SOURCE DEST FLAVOUR VERSION KEY_FILE GECKO_ID RSVG SVG)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "GenerateExtension.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${DEST}")
file(MAKE_DIRECTORY "${DEST}/icons")
file(COPY "${SOURCE}/" DESTINATION "${DEST}" PATTERN "manifest.json" EXCLUDE)

foreach(size 16 32 48 128)
    execute_process(
        COMMAND "${RSVG}" --width=${size} --height=${size} --format=png
                --output=${DEST}/icons/ferry-${size}.png "${SVG}"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "rsvg-convert failed for the ${size} px extension icon")
    endif()
endforeach()

file(READ "${SOURCE}/manifest.json" manifest)
string(REPLACE "@FERRY_VERSION@" "${VERSION}" manifest "${manifest}")
if(FLAVOUR STREQUAL "chromium")
    file(READ "${KEY_FILE}" key)
    string(STRIP "${key}" key)
    string(JSON manifest SET "${manifest}" key "\"${key}\"")
    string(JSON manifest SET "${manifest}" background
        "{\"service_worker\": \"background.js\", \"type\": \"module\"}")
    string(JSON manifest SET "${manifest}" minimum_chrome_version "\"116\"")
elseif(FLAVOUR STREQUAL "firefox")
    string(JSON manifest SET "${manifest}" background
        "{\"scripts\": [\"background.js\"], \"type\": \"module\"}")
    string(JSON manifest SET "${manifest}" browser_specific_settings
        "{\"gecko\": {\"id\": \"${GECKO_ID}\", \"strict_min_version\": \"140.0\", \"data_collection_permissions\": {\"required\": [\"none\"]}}, \"gecko_android\": {\"strict_min_version\": \"142.0\"}}")
else()
    message(FATAL_ERROR "GenerateExtension.cmake: unknown FLAVOUR ${FLAVOUR}")
endif()
file(WRITE "${DEST}/manifest.json" "${manifest}\n")
