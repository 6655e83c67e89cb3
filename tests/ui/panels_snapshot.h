// A software rasteriser for ImGui draw data, so headless panel tests can save a picture to look at.
// Flat triangles with the font atlas as texture, clipped and alpha-blended; written as an
// uncompressed PNG (stored deflate blocks). For eyes, not for pixel comparisons.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include <imgui.h>

namespace panels_test {

inline void save_snapshot(const std::string& path) {
    ImDrawData* dd = ImGui::GetDrawData();
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* tex = nullptr;
    int tw = 0, th = 0;
    io.Fonts->GetTexDataAsRGBA32(&tex, &tw, &th);
    const int w = (int)io.DisplaySize.x, h = (int)io.DisplaySize.y;
    std::vector<float> rgb(size_t(w) * h * 3, 0.08f);

    for (int l = 0; l < dd->CmdListsCount; ++l) {
        const ImDrawList* list = dd->CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) continue;
            const int cx0 = std::max(0, (int)cmd.ClipRect.x), cy0 = std::max(0, (int)cmd.ClipRect.y);
            const int cx1 = std::min(w, (int)cmd.ClipRect.z), cy1 = std::min(h, (int)cmd.ClipRect.w);
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                const ImDrawVert* v[3];
                for (int k = 0; k < 3; ++k) v[k] = &list->VtxBuffer[cmd.VtxOffset + list->IdxBuffer[cmd.IdxOffset + i + k]];
                const float area = (v[1]->pos.x - v[0]->pos.x) * (v[2]->pos.y - v[0]->pos.y) -
                                   (v[2]->pos.x - v[0]->pos.x) * (v[1]->pos.y - v[0]->pos.y);
                if (std::fabs(area) < 1e-6f) continue;
                const int x0 = std::max(cx0, (int)std::floor(std::min({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x})));
                const int x1 = std::min(cx1, (int)std::ceil(std::max({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x})));
                const int y0 = std::max(cy0, (int)std::floor(std::min({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y})));
                const int y1 = std::min(cy1, (int)std::ceil(std::max({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y})));
                for (int y = y0; y < y1; ++y)
                    for (int x = x0; x < x1; ++x) {
                        const float px = x + 0.5f, py = y + 0.5f;
                        float b[3];
                        for (int k = 0; k < 3; ++k) {
                            const ImDrawVert* a = v[(k + 1) % 3];
                            const ImDrawVert* c = v[(k + 2) % 3];
                            b[k] = ((c->pos.x - a->pos.x) * (py - a->pos.y) - (c->pos.y - a->pos.y) * (px - a->pos.x)) / area;
                        }
                        if (b[0] < 0 || b[1] < 0 || b[2] < 0) continue;
                        float col[4] = {0, 0, 0, 0}, u = 0, t = 0;
                        for (int k = 0; k < 3; ++k) {
                            const ImVec4 c = ImGui::ColorConvertU32ToFloat4(v[k]->col);
                            col[0] += b[k] * c.x; col[1] += b[k] * c.y; col[2] += b[k] * c.z; col[3] += b[k] * c.w;
                            u += b[k] * v[k]->uv.x;
                            t += b[k] * v[k]->uv.y;
                        }
                        const int tx = std::clamp(int(u * tw), 0, tw - 1), ty = std::clamp(int(t * th), 0, th - 1);
                        const float alpha = col[3] * tex[(size_t(ty) * tw + tx) * 4 + 3] / 255.0f;
                        float* out = &rgb[(size_t(y) * w + x) * 3];
                        for (int k = 0; k < 3; ++k) out[k] = out[k] * (1 - alpha) + col[k] * alpha;
                    }
            }
        }
    }

    // PNG: signature, IHDR, one IDAT of stored deflate blocks, IEND.
    auto crc = [](const std::string& bytes) {
        uint32_t c = 0xFFFFFFFFu;
        for (unsigned char ch : bytes) {
            c ^= ch;
            for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
        }
        return c ^ 0xFFFFFFFFu;
    };
    auto be32 = [](uint32_t n) {
        return std::string{char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    };
    auto chunk = [&](const char* type, const std::string& data) {
        const std::string body = std::string(type) + data;
        return be32((uint32_t)data.size()) + body + be32(crc(body));
    };
    std::string raw;
    raw.reserve(size_t(h) * (w * 3 + 1));
    for (int y = 0; y < h; ++y) {
        raw += '\0';
        for (int x = 0; x < w * 3; ++x) raw += char(std::clamp(rgb[size_t(y) * w * 3 + x], 0.0f, 1.0f) * 255.0f + 0.5f);
    }
    std::string z = "\x78\x01";
    uint32_t s1 = 1, s2 = 0;
    for (unsigned char ch : raw) {
        s1 = (s1 + ch) % 65521;
        s2 = (s2 + s1) % 65521;
    }
    for (size_t at = 0; at < raw.size(); at += 65535) {
        const size_t n = std::min<size_t>(65535, raw.size() - at);
        z += char(at + n == raw.size() ? 1 : 0);
        z += char(n & 0xFF);
        z += char(n >> 8);
        z += char(~n & 0xFF);
        z += char((~n >> 8) & 0xFF);
        z.append(raw, at, n);
    }
    z += be32((s2 << 16) | s1);
    std::string ihdr = be32(w) + be32(h) + std::string{8, 2, 0, 0, 0};
    std::ofstream(path, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n", 8) << chunk("IHDR", ihdr)
                                          << chunk("IDAT", z) << chunk("IEND", "");
}

}  // namespace panels_test
