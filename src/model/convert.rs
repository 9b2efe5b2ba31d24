//! The native Marian → CTranslate2 converter: an OPUS-MT model directory (`decoder.yml`, the
//! `.npz`, the vocabulary `.yml`) in, a CTranslate2 model directory (`model.bin`,
//! `config.json`, vocabulary json) out.
//!
//! It reproduces `ct2-opus-mt-converter` step by step (parameter mapping, aliasing of equal
//! variables, quantization, serialization) so that its `model.bin` is byte-identical.
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context, Result};

use super::marian::{self, Array, ArrayData, YamlValue};
use crate::error::Error;

/// The format version CTranslate2's `model.cc` reads, and the TransformerSpec revision.
const BINARY_VERSION: u32 = 6;
const SPEC_NAME: &str = "TransformerSpec";
const SPEC_REVISION: u32 = 7;
/// Rows of the sinusoidal position table when the model has no learned `Wpos`.
const SINUSOIDAL_POSITIONS: usize = 2048;

/// How the weights of linear and embedding layers are stored in `model.bin`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Quantization {
    /// 8-bit weights with one float scale per output row (CTranslate2's `int8`).
    #[default]
    Int8,
    /// 16-bit weights with one float scale per matrix.
    Int16,
    /// Unquantized float32, as in the `.npz`.
    Float32,
}

impl Quantization {
    pub fn name(self) -> &'static str {
        match self {
            Quantization::Int8 => "int8",
            Quantization::Int16 => "int16",
            Quantization::Float32 => "float32",
        }
    }
}

impl std::str::FromStr for Quantization {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "int8" => Ok(Quantization::Int8),
            "int16" => Ok(Quantization::Int16),
            "float32" => Ok(Quantization::Float32),
            other => Err(format!(
                "unknown quantization '{other}': use int8, int16 or float32"
            )),
        }
    }
}

/// A model variable, as CTranslate2 stores it.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    F32(Vec<usize>, Vec<f32>),
    I8(Vec<usize>, Vec<i8>),
    I16(Vec<usize>, Vec<i16>),
    /// An alias: the name of the variable holding the same values.
    Alias(String),
}

impl Value {
    fn shape(&self) -> &[usize] {
        match self {
            Value::F32(s, _) | Value::I8(s, _) | Value::I16(s, _) => s,
            Value::Alias(_) => &[],
        }
    }

    fn is_scalar(&self) -> bool {
        !matches!(self, Value::Alias(_)) && self.shape().is_empty()
    }

    /// numpy's `array_equal` for two variables of one dtype (so `-0.0 == 0.0`, NaN ≠ NaN).
    fn equal(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::F32(s1, a), Value::F32(s2, b)) => {
                s1 == s2 && a.first() == b.first() && a.iter().zip(b).all(|(x, y)| x == y)
            }
            (Value::I8(s1, a), Value::I8(s2, b)) => s1 == s2 && a == b,
            (Value::I16(s1, a), Value::I16(s2, b)) => s1 == s2 && a == b,
            _ => false,
        }
    }

    fn type_id(&self) -> u8 {
        match self {
            Value::F32(..) => 0,
            Value::I8(..) => 1,
            Value::I16(..) => 2,
            Value::Alias(_) => unreachable!("aliases are written separately"),
        }
    }

    fn bytes(&self) -> Vec<u8> {
        match self {
            Value::F32(_, v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Value::I8(_, v) => v.iter().map(|&x| x as u8).collect(),
            Value::I16(_, v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Value::Alias(_) => Vec::new(),
        }
    }
}

/// The Marian options that decide the architecture, from `special:model.yml`.
struct MarianOptions {
    enc_depth: usize,
    dec_depth: usize,
    heads: i16,
    pre_norm: bool,
    activation: i8,
    alignment_layer: i16,
    layernorm_embedding: bool,
}

fn conversion_error(message: impl Into<String>) -> anyhow::Error {
    Error::Convert(message.into()).into()
}

fn read_options(weights: &BTreeMap<String, Array>) -> Result<MarianOptions> {
    let raw = weights.get("special:model.yml").ok_or_else(|| {
        conversion_error(
            "the .npz has no 'special:model.yml' entry: is it a model trained with Marian?",
        )
    })?;
    let ArrayData::Bytes(bytes) = &raw.data else {
        return Err(conversion_error(
            "'special:model.yml' in the .npz is not text",
        ));
    };
    let text = String::from_utf8_lossy(&bytes[..bytes.len().saturating_sub(1)]).to_string();
    let yaml = marian::parse_flat_yaml(&text);
    let get = |key: &str| -> Result<String> {
        match yaml.get(key) {
            Some(YamlValue::Scalar(s)) => Ok(s.clone()),
            Some(YamlValue::List(_)) => Err(conversion_error(format!(
                "Marian option '{key}' is a list, expected a value"
            ))),
            None => Err(conversion_error(format!(
                "the model's options (special:model.yml) have no '{key}'"
            ))),
        }
    };
    let get_or = |key: &str| {
        yaml.get(key)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    let int = |key: &str| -> Result<usize> {
        get(key)?
            .parse()
            .map_err(|_| conversion_error(format!("Marian option '{key}' is not a whole number")))
    };

    let activation = get("transformer-ffn-activation")?;
    let preprocess = get("transformer-preprocess")?;
    let postprocess = get("transformer-postprocess")?;
    let postprocess_top = get_or("transformer-postprocess-top");
    let postprocess_emb = get("transformer-postprocess-emb")?;
    let pre_norm = preprocess.contains('n');

    // The same checks, in the same order, as the Python converter.
    let mut reasons = Vec::new();
    if get("type")? != "transformer" {
        reasons.push("Option --type must be 'transformer'".to_string());
    }
    if get("transformer-decoder-autoreg")? != "self-attention" {
        reasons.push("Option --transformer-decoder-autoreg must be 'self-attention'".into());
    }
    if marian::yaml_bool(&get("transformer-no-projection")?).unwrap_or(true) {
        reasons.push("Option --transformer-no-projection is not supported".into());
    }
    let activation_id = match activation.as_str() {
        "relu" => Some(0),
        "swish" => Some(2),
        "gelu" => Some(4), // GELUSigmoid, Marian's approximation
        _ => None,
    };
    if activation_id.is_none() {
        reasons.push(format!(
            "Option --transformer-ffn-activation {activation} is not supported \
             (supported activations are: gelu, relu, swish)"
        ));
    }
    if !["", "d", "n", "nd"].contains(&postprocess_emb.as_str()) {
        reasons.push(format!(
            "Option --transformer-postprocess-emb {postprocess_emb} is not supported \
             (supported values are: '', d, n, nd)"
        ));
    }
    if pre_norm {
        if !(preprocess == "n" && postprocess == "da" && postprocess_top == "n") {
            reasons.push(
                "Unsupported pre-norm Transformer architecture, expected \
                 --transformer-preprocess n --transformer-postprocess da \
                 --transformer-postprocess-top n"
                    .into(),
            );
        }
    } else if !(preprocess.is_empty() && postprocess == "dan" && postprocess_top.is_empty()) {
        reasons.push(
            "Unsupported post-norm Transformer architecture, expected \
             --transformer-preprocess '' --transformer-postprocess dan \
             --transformer-postprocess-top ''"
                .into(),
        );
    }
    if !reasons.is_empty() {
        return Err(conversion_error(format!(
            "this Marian model cannot be converted to CTranslate2: {}",
            reasons.join("; ")
        )));
    }

    let alignment = get_or("transformer-guided-alignment-layer");
    let alignment_layer = if alignment == "last" || alignment.is_empty() {
        -1
    } else {
        alignment
            .parse::<i16>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .ok_or_else(|| {
                conversion_error(format!(
                    "Marian option transformer-guided-alignment-layer '{alignment}' is not \
                     'last' or a layer number"
                ))
            })?
    };
    let heads = int("transformer-heads")?;
    Ok(MarianOptions {
        enc_depth: int("enc-depth")?,
        dec_depth: int("dec-depth")?,
        heads: i16::try_from(heads)
            .map_err(|_| conversion_error("transformer-heads is too large"))?,
        pre_norm,
        activation: activation_id.unwrap_or(0),
        alignment_layer,
        layernorm_embedding: postprocess_emb.contains('n'),
    })
}

/// Builds the TransformerSpec variables from Marian's parameter names.
struct SpecBuilder {
    /// the Marian parameters not used yet (each is moved out when used)
    weights: BTreeMap<String, Array>,
    vars: BTreeMap<String, Value>,
    missing: Vec<String>,
}

/// numpy's `squeeze()`: drop every dimension of size 1.
fn squeeze(shape: &[usize]) -> Vec<usize> {
    shape.iter().copied().filter(|&d| d != 1).collect()
}

impl SpecBuilder {
    /// Moves a parameter out (the shared `Wemb` and `Wpos` are copied: both sides use them).
    fn get(&mut self, name: &str) -> Result<Option<(Vec<usize>, Vec<f32>)>> {
        let array = if name == "Wemb" || name == "Wpos" {
            self.weights.get(name).cloned()
        } else {
            self.weights.remove(name)
        };
        match array {
            None => Ok(None),
            Some(a) => {
                let shape = a.shape.clone();
                let data = a
                    .into_f32()
                    .with_context(|| format!("Marian parameter '{name}'"))?;
                Ok(Some((shape, data)))
            }
        }
    }

    fn set(&mut self, name: String, shape: Vec<usize>, data: Vec<f32>) {
        self.vars.insert(name, Value::F32(shape, data));
    }

    fn scalar_i8(&mut self, name: &str, v: i8) {
        self.vars
            .insert(name.into(), Value::I8(Vec::new(), vec![v]));
    }

    fn scalar_i16(&mut self, name: &str, v: i16) {
        self.vars
            .insert(name.into(), Value::I16(Vec::new(), vec![v]));
    }

    fn layer_norm(&mut self, out: &str, scope: &str, pre: bool) -> Result<()> {
        let suffix = if pre { "_pre" } else { "" };
        let gamma = self.get(&format!("{scope}_ln_scale{suffix}"))?;
        let beta = self.get(&format!("{scope}_ln_bias{suffix}"))?;
        match (gamma, beta) {
            (Some((gs, g)), Some((bs, b))) => {
                self.set(format!("{out}/gamma"), squeeze(&gs), g);
                self.set(format!("{out}/beta"), squeeze(&bs), b);
            }
            _ => self.missing.push(format!("{scope}_ln_scale{suffix}")),
        }
        Ok(())
    }

    /// Pre-norm names (`_pre`) if the model has them, else post-norm names.
    fn layer_norm_auto(&mut self, out: &str, scope: &str) -> Result<()> {
        let pre = self.weights.contains_key(&format!("{scope}_ln_scale_pre"))
            && self.weights.contains_key(&format!("{scope}_ln_bias_pre"));
        self.layer_norm(out, scope, pre)
    }

    /// A Marian linear layer: `W` is stored input-major and transposed, `Wt` is not.
    #[allow(clippy::type_complexity)]
    fn linear(
        &mut self,
        scope: &str,
        suffix: &str,
    ) -> Result<Option<((Vec<usize>, Vec<f32>), Option<(Vec<usize>, Vec<f32>)>)>> {
        let weight = match self.get(&format!("{scope}_W{suffix}"))? {
            Some((shape, data)) => Some(transpose(&shape, &data).with_context(|| {
                format!("Marian parameter '{scope}_W{suffix}' is not a matrix")
            })?),
            None => self.get(&format!("{scope}_Wt{suffix}"))?,
        };
        let Some(weight) = weight else {
            return Ok(None);
        };
        let bias = self
            .get(&format!("{scope}_b{suffix}"))?
            .map(|(s, d)| (squeeze(&s), d));
        Ok(Some((weight, bias)))
    }

    fn set_linear(&mut self, out: &str, scope: &str, suffix: &str) -> Result<()> {
        match self.linear(scope, suffix)? {
            Some(((ws, w), bias)) => {
                self.set(format!("{out}/weight"), ws, w);
                if let Some((bs, b)) = bias {
                    self.set(format!("{out}/bias"), bs, b);
                }
            }
            None => self.missing.push(format!("{scope}_W{suffix}")),
        }
        Ok(())
    }

    /// Concatenates q/k/v (or k/v) projections into one matrix, as `utils.fuse_linear` does.
    fn fused_linear(&mut self, out: &str, scope: &str, suffixes: &[&str]) -> Result<()> {
        let mut parts = Vec::new();
        for s in suffixes {
            match self.linear(scope, s)? {
                Some(p) => parts.push(p),
                None => {
                    self.missing.push(format!("{scope}_W{s}"));
                    return Ok(());
                }
            }
        }
        let cols = parts[0].0 .0.get(1).copied().unwrap_or(0);
        let mut rows = 0;
        let mut weight = Vec::new();
        for ((shape, data), _) in &parts {
            if shape.len() != 2 || shape[1] != cols {
                return Err(conversion_error(format!(
                    "cannot fuse the projections of '{scope}': shapes differ"
                )));
            }
            rows += shape[0];
            weight.extend_from_slice(data);
        }
        self.set(format!("{out}/weight"), vec![rows, cols], weight);
        if parts.iter().any(|(_, b)| b.is_some()) {
            let mut bias = Vec::new();
            for ((shape, _), b) in &parts {
                match b {
                    Some((_, d)) => bias.extend_from_slice(d),
                    None => bias.extend(std::iter::repeat_n(0.0, shape[0])),
                }
            }
            let len = bias.len();
            self.set(format!("{out}/bias"), vec![len], bias);
        }
        Ok(())
    }

    fn attention(&mut self, out: &str, scope: &str, self_attention: bool) -> Result<()> {
        if self_attention {
            self.fused_linear(&format!("{out}/linear_0"), scope, &["q", "k", "v"])?;
            self.set_linear(&format!("{out}/linear_1"), scope, "o")?;
        } else {
            self.set_linear(&format!("{out}/linear_0"), scope, "q")?;
            self.fused_linear(&format!("{out}/linear_1"), scope, &["k", "v"])?;
            self.set_linear(&format!("{out}/linear_2"), scope, "o")?;
        }
        self.layer_norm_auto(&format!("{out}/layer_norm"), &format!("{scope}_Wo"))
    }

    fn ffn(&mut self, out: &str, scope: &str) -> Result<()> {
        self.layer_norm_auto(&format!("{out}/layer_norm"), &format!("{scope}_ffn"))?;
        self.set_linear(&format!("{out}/linear_0"), scope, "1")?;
        self.set_linear(&format!("{out}/linear_1"), scope, "2")
    }

    /// Layer `i` of the encoder or decoder: feed-forward, self-attention and, in the decoder,
    /// attention over the encoder output (Marian's `_context`).
    fn layer(&mut self, side: &str, i: usize) -> Result<()> {
        let out = format!("{side}/layer_{i}");
        let scope = format!("{side}_l{}", i + 1);
        self.ffn(&format!("{out}/ffn"), &format!("{scope}_ffn"))?;
        self.attention(
            &format!("{out}/self_attention"),
            &format!("{scope}_self"),
            true,
        )?;
        if side == "decoder" {
            self.attention(
                &format!("{out}/attention"),
                &format!("{scope}_context"),
                false,
            )?;
        }
        Ok(())
    }

    /// Embeddings, positions and the optional embedding and top layer norms.
    fn common(&mut self, out: &str, emb_name: &str, scope: &str, o: &MarianOptions) -> Result<()> {
        let emb = match self.get(&format!("{scope}_Wemb"))? {
            Some(e) => Some(e),
            None => self.get("Wemb")?,
        };
        let dim = match emb {
            Some((shape, data)) => {
                if shape.len() != 2 {
                    return Err(conversion_error(format!(
                        "the {scope} embeddings are not a matrix"
                    )));
                }
                let dim = shape[1];
                self.set(format!("{out}/{emb_name}/weight"), shape, data);
                dim
            }
            None => {
                self.missing.push(format!("{scope}_Wemb (or Wemb)"));
                return Ok(());
            }
        };
        let positions = match self.get("Wpos")? {
            Some(p) => p,
            None => sinusoidal_positions(dim, SINUSOIDAL_POSITIONS),
        };
        self.set(
            format!("{out}/position_encodings/encodings"),
            positions.0,
            positions.1,
        );
        if o.layernorm_embedding {
            self.layer_norm(
                &format!("{out}/layernorm_embedding"),
                &format!("{scope}_emb"),
                true,
            )?;
        }
        if o.pre_norm {
            self.layer_norm(&format!("{out}/layer_norm"), &format!("{scope}_top"), false)?;
        }
        Ok(())
    }
}

fn transpose(shape: &[usize], data: &[f32]) -> Result<(Vec<usize>, Vec<f32>)> {
    let [rows, cols] = shape else {
        bail!("expected 2 dimensions, found {}", shape.len());
    };
    let (rows, cols) = (*rows, *cols);
    let mut out = vec![0.0f32; data.len()];
    for r in 0..rows {
        for c in 0..cols {
            out[c * rows + r] = data[r * cols + c];
        }
    }
    Ok((vec![cols, rows], out))
}

/// The sinusoidal table of the Python converter: computed in float64, then rounded to f32.
fn sinusoidal_positions(dim: usize, positions: usize) -> (Vec<usize>, Vec<f32>) {
    let half = dim / 2;
    let timescales: Vec<f64> = (0..dim)
        .map(|i| 10000f64.powf((2 * (i / 2)) as f64 / dim as f64))
        .collect();
    let mut table = vec![0.0f32; positions * dim];
    for p in 0..positions {
        let row = &mut table[p * dim..(p + 1) * dim];
        let enc = |i: usize| p as f64 / timescales[i];
        // table[:, :dim//2] = sin(enc[:, 0::2]); table[:, dim//2:] = cos(enc[:, 1::2])
        for (j, slot) in row.iter_mut().enumerate().take(half) {
            *slot = enc(2 * j).sin() as f32;
        }
        for (j, slot) in row.iter_mut().skip(half).enumerate() {
            let i = 2 * j + 1;
            *slot = if i < dim { enc(i).cos() as f32 } else { 0.0 };
        }
    }
    (vec![positions, dim], table)
}

fn build_spec(
    weights: BTreeMap<String, Array>,
    o: &MarianOptions,
) -> Result<BTreeMap<String, Value>> {
    let mut b = SpecBuilder {
        weights,
        vars: BTreeMap::new(),
        missing: Vec::new(),
    };
    b.common("encoder", "embeddings_0", "encoder", o)?;
    for i in 0..o.enc_depth {
        b.layer("encoder", i)?;
    }
    b.common("decoder", "embeddings", "decoder", o)?;
    for i in 0..o.dec_depth {
        b.layer("decoder", i)?;
    }
    // The output projection: untied W/Wt, else the decoder embeddings (tied).
    match b.linear("decoder_ff_logit_out", "")? {
        Some(((ws, w), bias)) => {
            b.set("decoder/projection/weight".into(), ws, w);
            if let Some((bs, bd)) = bias {
                b.set("decoder/projection/bias".into(), bs, bd);
            }
        }
        None => {
            if let Some(Value::F32(s, d)) = b.vars.get("decoder/embeddings/weight").cloned() {
                b.set("decoder/projection/weight".into(), s, d);
            }
            if let Some((bs, bd)) = b.get("decoder_ff_logit_out_b")? {
                b.set("decoder/projection/bias".into(), squeeze(&bs), bd);
            }
        }
    }
    if !b.missing.is_empty() {
        return Err(conversion_error(format!(
            "the .npz lacks parameters this architecture needs: {}",
            b.missing.join(", ")
        )));
    }
    for side in ["encoder", "decoder"] {
        b.scalar_i8(&format!("{side}/activation"), o.activation);
        b.scalar_i16(&format!("{side}/num_heads"), o.heads);
        b.scalar_i8(&format!("{side}/pre_norm"), o.pre_norm as i8);
        b.scalar_i8(&format!("{side}/scale_embeddings"), 1);
    }
    b.scalar_i8("encoder/embeddings_merge", 0);
    b.scalar_i8("encoder/multi_query_attention", 0);
    b.scalar_i8("decoder/alibi", 0);
    b.scalar_i8("decoder/alibi_use_positive_positions", 0);
    b.scalar_i8("decoder/scale_alibi", 0);
    b.scalar_i8("decoder/start_from_zero_embedding", 1);
    b.scalar_i16("decoder/alignment_heads", 1);
    b.scalar_i16("decoder/alignment_layer", o.alignment_layer);
    Ok(b.vars)
}

/// Replaces each non-scalar variable equal to an alphabetically earlier one by an alias.
fn alias_variables(vars: &mut BTreeMap<String, Value>) {
    let names: Vec<String> = vars.keys().cloned().collect();
    let mut aliases = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let value = &vars[name];
        if value.is_scalar() {
            continue;
        }
        if let Some(first) = names[..i].iter().find(|other| {
            let other_value = &vars[*other];
            !other_value.is_scalar() && value.equal(other_value)
        }) {
            aliases.push((name.clone(), first.clone()));
        }
    }
    for (name, target) in aliases {
        vars.insert(name, Value::Alias(target));
    }
}

/// Quantizes the weights of linear and embedding layers (the variables named `weight`).
fn quantize(vars: &mut BTreeMap<String, Value>, q: Quantization) -> Result<()> {
    if q == Quantization::Float32 {
        return Ok(());
    }
    let names: Vec<String> = vars
        .iter()
        .filter(|(n, v)| n.ends_with("/weight") && matches!(v, Value::F32(s, _) if !s.is_empty()))
        .map(|(n, _)| n.clone())
        .collect();
    for name in names {
        let Some(Value::F32(shape, data)) = vars.remove(&name) else {
            continue;
        };
        let (value, scale) = match q {
            Quantization::Int8 => {
                if shape.len() != 2 {
                    return Err(conversion_error(format!(
                        "cannot quantize '{name}': expected a matrix"
                    )));
                }
                let cols = shape[1];
                let rows = shape[0];
                let mut scales = Vec::with_capacity(rows);
                let mut out = Vec::with_capacity(data.len());
                for r in 0..rows {
                    let row = &data[r * cols..(r + 1) * cols];
                    let mut amax = row.iter().fold(0.0f32, |m, x| {
                        let a = x.abs();
                        // np.amax propagates NaN
                        if a.is_nan() || m.is_nan() {
                            f32::NAN
                        } else {
                            m.max(a)
                        }
                    });
                    if amax == 0.0 || cols == 0 {
                        amax = 127.0;
                    }
                    let floor = 127.0f32 / f32::MAX;
                    if amax < floor {
                        amax = floor;
                    }
                    let scale = 127.0f32 / amax;
                    scales.push(scale);
                    out.extend(row.iter().map(|x| (x * scale).round_ties_even() as i8));
                }
                (Value::I8(shape, out), Value::F32(vec![rows], scales))
            }
            Quantization::Int16 => {
                let amax = data.iter().fold(0.0f32, |m, x| m.max(x.abs()));
                let scale = 1024.0f32 / amax;
                let out = data
                    .iter()
                    .map(|x| {
                        let v = (x * scale).round_ties_even();
                        if v.is_nan() {
                            0
                        } else {
                            v.clamp(i16::MIN as f32, i16::MAX as f32) as i16
                        }
                    })
                    .collect();
                (Value::I16(shape, out), Value::F32(Vec::new(), vec![scale]))
            }
            Quantization::Float32 => unreachable!(),
        };
        vars.insert(name.clone(), value);
        vars.insert(format!("{name}_scale"), scale);
    }
    Ok(())
}

fn write_string(out: &mut impl Write, s: &str) -> std::io::Result<()> {
    out.write_all(&((s.len() + 1) as u16).to_le_bytes())?;
    out.write_all(s.as_bytes())?;
    out.write_all(&[0])
}

fn serialize(vars: &BTreeMap<String, Value>, out: &mut impl Write) -> Result<()> {
    let (aliases, variables): (Vec<_>, Vec<_>) =
        vars.iter().partition(|(_, v)| matches!(v, Value::Alias(_)));
    out.write_all(&BINARY_VERSION.to_le_bytes())?;
    write_string(out, SPEC_NAME)?;
    out.write_all(&SPEC_REVISION.to_le_bytes())?;
    out.write_all(&(variables.len() as u32).to_le_bytes())?;
    for (name, value) in variables {
        write_string(out, name)?;
        out.write_all(&[value.shape().len() as u8])?;
        for &d in value.shape() {
            let d =
                u32::try_from(d).map_err(|_| conversion_error(format!("'{name}' is too large")))?;
            out.write_all(&d.to_le_bytes())?;
        }
        out.write_all(&[value.type_id()])?;
        let bytes = value.bytes();
        let len = u32::try_from(bytes.len())
            .map_err(|_| conversion_error(format!("'{name}' is larger than 4 GiB")))?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(&bytes)?;
    }
    out.write_all(&(aliases.len() as u32).to_le_bytes())?;
    for (name, value) in aliases {
        if let Value::Alias(target) = value {
            write_string(out, name)?;
            write_string(out, target)?;
        }
    }
    Ok(())
}

/// Python's `json.dumps` string escaping with `ensure_ascii=True`.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7e => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A vocabulary as `json.dump(tokens, f, indent=2)` writes it (no trailing newline).
fn vocabulary_json(tokens: &[String]) -> String {
    if tokens.is_empty() {
        return "[]".into();
    }
    let items: Vec<String> = tokens
        .iter()
        .map(|t| format!("  {}", json_string(t)))
        .collect();
    format!("[\n{}\n]", items.join(",\n"))
}

/// `config.json` as the Python converter writes it for a Marian model.
const CONFIG_JSON: &str = "{\n  \"add_source_bos\": false,\n  \"add_source_eos\": true,\n  \
\"bos_token\": \"<s>\",\n  \"decoder_start_token\": \"<s>\",\n  \"eos_token\": \"</s>\",\n  \
\"layer_norm_epsilon\": null,\n  \"multi_query_attention\": false,\n  \"unk_token\": \"<unk>\"\n}\n";

/// What a conversion produced, for messages.
#[derive(Clone, Debug, PartialEq)]
pub struct Converted {
    pub variables: usize,
    pub aliases: usize,
    pub model_bin_bytes: u64,
}

/// Converts the Marian model in `opus_dir` (the unpacked OPUS-MT zip, with `decoder.yml`)
/// into the CTranslate2 model directory `out_dir`, which must exist and be empty of
/// `model.bin`/`config.json`/vocabularies.
pub fn convert_opus_mt(opus_dir: &Path, out_dir: &Path, q: Quantization) -> Result<Converted> {
    let decoder_path = opus_dir.join("decoder.yml");
    let decoder_text = std::fs::read_to_string(&decoder_path).map_err(|e| {
        conversion_error(format!(
            "'{}' is missing or unreadable ({e}): an OPUS-MT model zip has a decoder.yml \
             naming its .npz and vocabularies",
            decoder_path.display()
        ))
    })?;
    let decoder = marian::parse_decoder_yml(&decoder_text)
        .map_err(|e| conversion_error(format!("'{}': {e}", decoder_path.display())))?;
    let vocab_paths: Vec<_> = decoder.vocabs.iter().map(|v| opus_dir.join(v)).collect();
    convert_marian(&opus_dir.join(&decoder.models[0]), &vocab_paths, out_dir, q)
}

/// Converts one Marian `.npz` with its vocabularies (source first, target last).
pub fn convert_marian(
    npz: &Path,
    vocab_paths: &[std::path::PathBuf],
    out_dir: &Path,
    q: Quantization,
) -> Result<Converted> {
    let weights = marian::read_npz(npz).map_err(|e| conversion_error(format!("{e:#}")))?;
    let mut vocabs = Vec::new();
    for path in vocab_paths {
        let text = std::fs::read_to_string(path).map_err(|e| {
            conversion_error(format!("cannot read vocabulary '{}': {e}", path.display()))
        })?;
        let vocab = marian::load_vocab(&text)
            .map_err(|e| conversion_error(format!("vocabulary '{}': {e:#}", path.display())))?;
        vocabs.push(vocab);
    }
    let (Some(source), Some(target)) = (vocabs.first(), vocabs.last()) else {
        return Err(conversion_error("no vocabulary given"));
    };
    let options = read_options(&weights)?;
    let mut vars = build_spec(weights, &options)?;

    for (side, var, vocab) in [
        ("Source", "encoder/embeddings_0/weight", source),
        ("Target", "decoder/embeddings/weight", target),
    ] {
        let rows = vars.get(var).map(|v| v.shape()[0]).unwrap_or(0);
        if rows != vocab.len() {
            return Err(conversion_error(format!(
                "{side} vocabulary has size {} but the model expected a vocabulary of size {rows}",
                vocab.len()
            )));
        }
    }

    alias_variables(&mut vars);
    quantize(&mut vars, q)?;

    let model_bin = out_dir.join("model.bin");
    let file = std::fs::File::create(&model_bin)
        .with_context(|| format!("creating '{}'", model_bin.display()))?;
    let mut writer = std::io::BufWriter::with_capacity(1 << 20, file);
    serialize(&vars, &mut writer).with_context(|| format!("writing '{}'", model_bin.display()))?;
    let file = writer
        .into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("writing '{}'", model_bin.display()))?;
    file.sync_all()
        .with_context(|| format!("writing '{}'", model_bin.display()))?;

    let write = |name: &str, text: &str| -> Result<()> {
        let path = out_dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("writing '{}'", path.display()))
    };
    if source == target {
        write("shared_vocabulary.json", &vocabulary_json(source))?;
    } else {
        write("source_vocabulary.json", &vocabulary_json(source))?;
        write("target_vocabulary.json", &vocabulary_json(target))?;
    }
    write("config.json", CONFIG_JSON)?;
    let aliases = vars
        .values()
        .filter(|v| matches!(v, Value::Alias(_)))
        .count();
    Ok(Converted {
        variables: vars.len() - aliases,
        aliases,
        model_bin_bytes: std::fs::metadata(&model_bin).map(|m| m.len()).unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_like_python() {
        assert_eq!(json_string("▁a"), "\"\\u2581a\"");
        assert_eq!(json_string("😀"), "\"\\ud83d\\ude00\"");
        assert_eq!(json_string("\u{1f}\"\\\t"), "\"\\u001f\\\"\\\\\\t\"");
        assert_eq!(json_string("\u{7f}é"), "\"\\u007f\\u00e9\"");
        assert_eq!(vocabulary_json(&[]), "[]");
        assert_eq!(
            vocabulary_json(&["a".into(), "b".into()]),
            "[\n  \"a\",\n  \"b\"\n]"
        );
    }

    #[test]
    fn int8_rows_get_their_own_scale_and_zero_rows_stay_zero() {
        let mut vars = BTreeMap::new();
        vars.insert(
            "x/weight".to_string(),
            Value::F32(vec![2, 3], vec![0.5, -1.0, 0.25, 0.0, 0.0, 0.0]),
        );
        quantize(&mut vars, Quantization::Int8).unwrap();
        assert_eq!(
            vars["x/weight"],
            Value::I8(vec![2, 3], vec![64, -127, 32, 0, 0, 0])
        );
        assert_eq!(
            vars["x/weight_scale"],
            Value::F32(vec![2], vec![127.0, 1.0])
        );
    }

    #[test]
    fn equal_variables_alias_the_alphabetically_first() {
        let mut vars = BTreeMap::new();
        let ones = Value::F32(vec![2], vec![1.0, 1.0]);
        vars.insert("b".to_string(), ones.clone());
        vars.insert("c".to_string(), ones.clone());
        vars.insert("a".to_string(), Value::F32(vec![2], vec![1.0, -0.0]));
        vars.insert("d".to_string(), Value::F32(vec![2], vec![1.0, 0.0]));
        vars.insert("s".to_string(), Value::I8(vec![], vec![1]));
        vars.insert("t".to_string(), Value::I8(vec![], vec![1]));
        alias_variables(&mut vars);
        assert_eq!(vars["c"], Value::Alias("b".into()));
        assert_eq!(
            vars["d"],
            Value::Alias("a".into()),
            "-0.0 == 0.0 as in numpy"
        );
        assert!(matches!(vars["t"], Value::I8(..)), "scalars never alias");
    }

    #[test]
    fn transpose_swaps_rows_and_columns() {
        let (s, d) = transpose(&[2, 3], &[1., 2., 3., 4., 5., 6.]).unwrap();
        assert_eq!(s, vec![3, 2]);
        assert_eq!(d, vec![1., 4., 2., 5., 3., 6.]);
        assert!(transpose(&[6], &[0.; 6]).is_err());
    }

    #[test]
    fn sinusoidal_table_starts_with_sin_zero_cos_zero() {
        let (shape, t) = sinusoidal_positions(4, 3);
        assert_eq!(shape, vec![3, 4]);
        assert_eq!(&t[..4], &[0.0, 0.0, 1.0, 1.0]);
        assert_eq!(t[4], 1f64.sin() as f32);
    }
}
