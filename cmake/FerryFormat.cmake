# `cmake --build build --target format` rewrites every C++ file with the repository's .clang-format;
# `format-check` fails when a file is not formatted (CI runs it).
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-19 clang-format-16 clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE FERRY_FORMAT_FILES CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/model/*.cpp ${PROJECT_SOURCE_DIR}/model/*.h
        ${PROJECT_SOURCE_DIR}/network/*.cpp ${PROJECT_SOURCE_DIR}/network/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${FERRY_FORMAT_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format: rewriting sources")
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror ${FERRY_FORMAT_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format: checking sources")
endif()
