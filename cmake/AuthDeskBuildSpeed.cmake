# Build speed: a faster linker, shared precompiled headers and (for full builds) unity batches. CI
# builds the whole tree from nothing on two cores, under the sanitizers; most of that time went to
# parsing and instrumenting the same Qt headers in ~250 translation units and to GNU ld linking ~80
# test executables.

# mold links each executable in a fraction of GNU ld's time; lld is the fallback. Either is only a
# speed choice, so a machine without them links with the default linker.
option(AUTHDESK_FAST_LINKER "Link with mold (or lld) when it is installed" ON)
if(AUTHDESK_FAST_LINKER)
    find_program(AUTHDESK_MOLD mold)
    find_program(AUTHDESK_LLD ld.lld)
    if(AUTHDESK_MOLD)
        target_link_options(authdesk_options INTERFACE -fuse-ld=mold)
    elseif(AUTHDESK_LLD)
        target_link_options(authdesk_options INTERFACE -fuse-ld=lld)
    endif()
endif()

# Precompiled headers. With GCC, one for the non-widget targets and one for the widget targets, each
# compiled once and reused by every target (REUSE_FROM) instead of once per target: GCC accepts a
# reused header as long as the code generation flags match, which authdesk_options guarantees, and
# -Winvalid-pch (added by CMake, an error under AUTHDESK_WERROR) says so loudly if they ever drift.
# clang refuses a header made under other -D flags, so there (the fuzz build, a handful of targets)
# each target compiles its own.
option(AUTHDESK_PCH "Precompile the common Qt and standard headers" ON)
set(AUTHDESK_PCH_SHARED OFF)
# Test code builds with other flags (AUTHDESK_TEST_CODE in cmake/AuthDeskOptions.cmake), so it has
# its own pair, marked as test code the same way.
if(AUTHDESK_PCH AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set(AUTHDESK_PCH_SHARED ON)
    foreach(code IN ITEMS product test)
        foreach(kind IN ITEMS core widgets)
            set(pch authdesk_pch_${code}_${kind})
            add_library(${pch} OBJECT "${CMAKE_CURRENT_LIST_DIR}/pch/pch.cpp")
            target_precompile_headers(${pch} PRIVATE "${CMAKE_CURRENT_LIST_DIR}/pch/${kind}.h")
            set_target_properties(${pch} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
            if(code STREQUAL "test")
                set_target_properties(${pch} PROPERTIES AUTHDESK_TEST_CODE ON)
            endif()
        endforeach()
        target_link_libraries(authdesk_pch_${code}_core PRIVATE authdesk_options Qt6::Core)
        target_link_libraries(authdesk_pch_${code}_widgets PRIVATE authdesk_options Qt6::Widgets)
    endforeach()
endif()
# Unity builds: the product's libraries compile as batches of eight sources in one unit, so each
# batch parses the project headers and instantiates (and, in the sanitizer build, instruments) the
# inline Qt code once instead of eight times: about 40 % less compile time. Off by default because a
# change to one source then recompiles its batch; scripts/test turns it on for the sanitizer build
# (CI), which is always a full build. Test code is one source per executable and gains nothing.
option(AUTHDESK_UNITY_BUILD "Compile the product's libraries in batches (unity build)" OFF)

set(AUTHDESK_PCH_DIR "${CMAKE_CURRENT_LIST_DIR}/pch")

# authdesk_precompile_targets(DIRECTORY): after every target is defined, gives each compiled target
# under DIRECTORY the header that fits it: the widgets one when it links Qt Widgets or the console
# library, the core one otherwise. Called once from the top-level CMakeLists.txt, so no CMakeLists
# of a layer has to know about it.
function(authdesk_precompile_targets directory)
    if(NOT AUTHDESK_PCH)
        return()
    endif()
    get_property(targets DIRECTORY "${directory}" PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|OBJECT_LIBRARY)$" OR target MATCHES "^authdesk_pch_")
            continue()
        endif()
        get_target_property(libraries ${target} LINK_LIBRARIES)
        if(NOT "authdesk_options" IN_LIST libraries)
            continue() # built with other flags (none today); a shared header would not fit
        endif()
        set(kind core)
        if("Qt6::Widgets" IN_LIST libraries OR "Qt::Widgets" IN_LIST libraries OR "authdesk_ui" IN_LIST libraries)
            set(kind widgets)
        endif()
        get_target_property(test_code ${target} AUTHDESK_TEST_CODE)
        if(AUTHDESK_PCH_SHARED)
            if(test_code)
                target_precompile_headers(${target} REUSE_FROM authdesk_pch_test_${kind})
            else()
                target_precompile_headers(${target} REUSE_FROM authdesk_pch_product_${kind})
            endif()
        else()
            target_precompile_headers(${target} PRIVATE "${AUTHDESK_PCH_DIR}/${kind}.h")
        endif()
        if(AUTHDESK_UNITY_BUILD AND NOT test_code)
            set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
        endif()
        if(test_code)
            # A test's moc output is #included by its own source, so its mocs_compilation.cpp is
            # empty: without the header it compiles in milliseconds instead of a second each.
            get_target_property(binary_dir ${target} BINARY_DIR)
            set_source_files_properties("${binary_dir}/${target}_autogen/mocs_compilation.cpp"
                TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        endif()
    endforeach()
    get_property(subdirectories DIRECTORY "${directory}" PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        authdesk_precompile_targets("${subdirectory}")
    endforeach()
endfunction()
