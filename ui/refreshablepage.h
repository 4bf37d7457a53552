#pragma once

namespace authdesk {

// A page that can reload what it shows (F5 in the main window). Not a QObject, so a page can be
// any widget and still take part.
class RefreshablePage
{
public:
    virtual ~RefreshablePage() = default;
    virtual void refresh() = 0;

protected:
    RefreshablePage() = default;
    RefreshablePage(const RefreshablePage &) = default;
    RefreshablePage &operator=(const RefreshablePage &) = default;
};

} // namespace authdesk
