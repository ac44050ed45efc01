.pragma library

// Series colours shared by the dashboard charts (Okabe-Ito, colour-blind safe; the same hues as
// the map's legend: light blue 2 h, dark blue 6 h).
var plan = ["#a9cce3", "#5b8db8"]
var tiers = ["#bfe0f5", "#7fa9c9", "#56b4e9", "#005a9c"]
var pair = ["#c9ced4", "#009e73"]
var single = ["#009e73"]

// Applies `colours` to the bar sets of a bar series, in order.
function paint(series, colours) {
    for (var i = 0; i < series.count; ++i) {
        var set = series.at(i)
        set.color = colours[i % colours.length]
        set.borderColor = colours[i % colours.length]
    }
}

// A round axis maximum just above `value` (1, 2, 2.5, 5 x 10^n steps), at least `floor`.
function niceMax(value, floor) {
    var v = Math.max(value, floor || 1)
    var magnitude = Math.pow(10, Math.floor(Math.log(v) / Math.LN10))
    var steps = [1, 2, 2.5, 5, 10]
    for (var i = 0; i < steps.length; ++i) {
        if (steps[i] * magnitude >= v * 1.05)
            return steps[i] * magnitude
    }
    return 10 * magnitude
}
