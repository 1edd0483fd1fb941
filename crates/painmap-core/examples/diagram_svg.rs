//! Prints the back diagram as a standalone SVG, to look at the art without building the widget.
//!
//! `cargo run -q -p painmap-core --example diagram_svg > /tmp/d.svg` draws every region in its own light colour
//! with an intensity-like number at its label. `--squares` adds the 44 CSS px touch-target
//! squares (at the 352 px the drawing is wide on a 360 px phone) around the labels; `--plain`
//! draws the diagram as the widget would with no pain marked (regions white, no numbers).

use painmap_core::diagram::{DETAILS, REGION_SHAPES, SILHOUETTE, VIEW_BOX};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let squares = args.iter().any(|a| a == "--squares");
    let plain = args.iter().any(|a| a == "--plain");
    let (w, h) = VIEW_BOX;
    let mut out = String::new();
    out += &format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{}\" height=\"{}\">\n",
        w * 2.8,
        h * 2.8
    );
    out += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
    out +=
        "<g fill=\"#f3efea\" stroke=\"#6b6f76\" stroke-width=\"0.9\" stroke-linejoin=\"round\">\n";
    for d in SILHOUETTE {
        out += &format!("<path d=\"{d}\"/>\n");
    }
    out += "</g>\n<g stroke=\"#6b6f76\" stroke-width=\"0.7\" stroke-linejoin=\"round\">\n";
    for (index, shape) in REGION_SHAPES.iter().enumerate() {
        // Golden-angle hues keep neighbours distinguishable.
        let fill = if plain {
            "#fbfaf8".to_string()
        } else {
            format!("hsl({}, 70%, 86%)", (index * 137) % 360)
        };
        out += &format!(
            "<path d=\"{}\" fill=\"{fill}\"><title>{}</title></path>\n",
            shape.d,
            shape.region.id()
        );
    }
    out += "</g>\n<g fill=\"none\" stroke=\"#9aa0a8\" stroke-width=\"0.6\" stroke-linecap=\"round\">\n";
    for d in DETAILS {
        out += &format!("<path d=\"{d}\"/>\n");
    }
    out += "</g>\n";
    if !plain {
        if squares {
            let side = 44.0 * w / 352.0;
            out += "<g fill=\"none\" stroke=\"#2c7be5\" stroke-width=\"0.4\">\n";
            for shape in REGION_SHAPES.iter() {
                let (x, y) = shape.label;
                out += &format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{side}\" height=\"{side}\"/>\n",
                    x - side / 2.0,
                    y - side / 2.0
                );
            }
            out += "</g>\n";
        }
        out += "<g font-family=\"sans-serif\" font-size=\"13\" text-anchor=\"middle\" \
                dominant-baseline=\"central\" fill=\"#222\">\n";
        for (index, shape) in REGION_SHAPES.iter().enumerate() {
            let (x, y) = shape.label;
            out += &format!("<text x=\"{x}\" y=\"{y}\">{}</text>\n", index % 11);
        }
        out += "</g>\n";
    }
    out += "</svg>\n";
    print!("{out}");
}
