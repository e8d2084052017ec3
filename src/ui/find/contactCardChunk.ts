// The contact card's lazy chunk, shared by the results (which start it early) and the view.
// The card brings luxon, the Windows time-zone table and avatars: it downloads once there are
// people to open, not with the search box (the first view of the pane and the tab).
export const loadContactCard = () => import("../contact/ContactCard");
