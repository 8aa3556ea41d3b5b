# The layers of ARCHITECTURE.md, checked on every configure: a library that must not reach a
# dependency (directly or through what it links) stops the configure with the path that does.
#   ferry_modelcore, ferry_model, ferry_network: never Qt Gui or Widgets.
#   ferry_modelcore, ferry_ui: never Qt Sql (the window talks to an engine, not to the store);
#   nor the widget tests that run the window against the FakeEngine.

# Every target `target` reaches through LINK_LIBRARIES and INTERFACE_LINK_LIBRARIES, added to the
# global property FERRY_LINK_CLOSURE as entries "name=how", where how is the chain of links that
# gets there ("a>b>name").
function(_ferry_link_closure target chain)
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(libraries ${target} ${property})
        foreach(library IN LISTS libraries)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" library "${library}")
            if(NOT TARGET "${library}")
                continue()
            endif()
            get_target_property(aliased ${library} ALIASED_TARGET)
            if(aliased)
                set(library ${aliased})
            endif()
            get_property(closure GLOBAL PROPERTY FERRY_LINK_CLOSURE)
            list(FILTER closure INCLUDE REGEX "^${library}=")
            if(closure)
                continue()
            endif()
            set_property(GLOBAL APPEND PROPERTY FERRY_LINK_CLOSURE "${library}=${chain}>${library}")
            _ferry_link_closure(${library} "${chain}>${library}")
        endforeach()
    endforeach()
endfunction()

function(ferry_forbid_links target)
    set_property(GLOBAL PROPERTY FERRY_LINK_CLOSURE "")
    _ferry_link_closure(${target} ${target})
    get_property(closure GLOBAL PROPERTY FERRY_LINK_CLOSURE)
    foreach(forbidden IN LISTS ARGN)
        foreach(entry IN LISTS closure)
            if(entry MATCHES "^${forbidden}=(.*)$")
                message(FATAL_ERROR "${target} must not link ${forbidden}: ${CMAKE_MATCH_1}")
            endif()
        endforeach()
    endforeach()
endfunction()

function(ferry_check_layers)
    foreach(target ferry_modelcore ferry_model ferry_network)
        ferry_forbid_links(${target} Qt6::Gui Qt6::Widgets)
    endforeach()
    foreach(target ferry_modelcore ferry_ui tst_mainwindow tst_history tst_newjobdialog tst_trayicon
                   tst_jobactions tst_jobfilterproxy tst_icons tst_browserpage)
        if(TARGET ${target})
            ferry_forbid_links(${target} Qt6::Sql)
        endif()
    endforeach()
endfunction()
