# ferry_common: one INTERFACE target that carries the language standard, the warning set and the
# Qt strictness macros. Every Ferry target links it; nothing goes into CMAKE_CXX_FLAGS.
function(ferry_setup_common_target)
    add_library(ferry_common INTERFACE)
    add_library(Ferry::Common ALIAS ferry_common)
    target_compile_features(ferry_common INTERFACE cxx_std_17)
    set_target_properties(ferry_common PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
    target_compile_definitions(ferry_common INTERFACE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_UP_TO=0x060400
        FERRY_VERSION="${PROJECT_VERSION}"
        FERRY_APP_ID="${FERRY_APP_ID}")
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(ferry_common INTERFACE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
            -Wcast-align -Woverloaded-virtual -Wformat=2)
        if(FERRY_WARNINGS_AS_ERRORS)
            target_compile_options(ferry_common INTERFACE -Werror)
        endif()
    endif()
endfunction()

